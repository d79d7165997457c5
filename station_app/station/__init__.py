"""The station itself: its profile and its settings."""

"""The sync screens: 平台同步 page, background scheduler, status-bar indicator, settings tab, manual upload."""

"""Duty posts (服务岗位) and their shifts (班次)."""

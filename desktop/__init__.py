"""DoanDesk: an offline desktop application for the offices of the Ho Chi Minh Communist Youth Union."""

__version__ = "0.1.0"
APP_NAME = "DoanDesk"

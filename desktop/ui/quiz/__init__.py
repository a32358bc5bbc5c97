"""Awareness-test screens: the kiosk on which members take an event's test on an office PC."""

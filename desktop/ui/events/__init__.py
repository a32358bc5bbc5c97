"""The conference screens: the events list and the event page with its tabs."""

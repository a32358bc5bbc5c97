"""Attendance screens: the full-window check-in station and the other ways of recording who came."""

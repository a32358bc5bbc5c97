"""The overview screen ("Tổng quan"): what is due, what is late, a few counts."""

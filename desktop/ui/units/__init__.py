"""The unit tree screen ("Đơn vị") and the unit tree widgets other screens reuse."""

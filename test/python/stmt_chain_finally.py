def cleanup():
    raise OSError("cleanup failed")

try:
    1 / 0
finally:
    cleanup()

try:
    x = int("nope")
except ValueError as e:
    err = e
raise err

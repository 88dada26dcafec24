counts = {}
key = [1, 2]
counts[key] = 1

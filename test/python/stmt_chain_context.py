data = {}
try:
    data["missing"]
except KeyError:
    print("handling")
    undefined_name + 1

# An exception raised inside a generator shows the generator's frame in the traceback.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")

def consume():
    total = 0
    for n in numbers():
        total += n
    return total

print("start")
consume()

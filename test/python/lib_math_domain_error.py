import math

def area(r):
    return math.pi * math.sqrt(r)

print(area(4.0))
print(area(-1))

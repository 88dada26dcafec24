def scale(values, factor):
    result = []
    for v in values:
        result.append(v * factor)
    return result

def report(rows):
    total = 0
    for row in rows:
        total += sum(scale(row, 2))
    return total / (len(rows) - 2)

print(report([[1, 2], [3]]))
print(report([[1, None], [3]]))

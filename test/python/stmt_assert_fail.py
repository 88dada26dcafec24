def check(values):
    total = sum(values)
    assert total < 10, f"total too large: {total}"
    return total

print(check([1, 2]))
check([5, 6])

# Imported by main_local_import.py from the same folder (the script's folder is on sys.path).
counter = 0


def bump():
    global counter
    counter += 1
    return counter


if __name__ == '__main__':
    print('sibling_helper run directly', bump())

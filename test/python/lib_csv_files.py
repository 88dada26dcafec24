import csv
import os

rows = [['name', 'age', 'note'], ['Ada', 36, 'likes, commas'], ['Bob', 4.5, 'say "hi"'], ['Cy', None, 'multi\nline'], ['', '', '']]
with open('lib_csv_tmp.csv', 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(rows[0])
    w.writerows(rows[1:])
    w.writerow([''])
with open('lib_csv_tmp.csv', newline='') as f:
    print(repr(f.read()))
with open('lib_csv_tmp.csv', newline='') as f:
    r = csv.reader(f)
    for row in r:
        print(row, r.line_num)
with open('lib_csv_tmp.csv', 'w', newline='') as f:
    dw = csv.DictWriter(f, fieldnames=['x', 'y', 'label'])
    dw.writeheader()
    dw.writerow({'x': 1, 'y': 2.5, 'label': 'first'})
    dw.writerows([{'x': 3, 'label': 'no y'}, {'x': -1, 'y': 0, 'label': 'a;b'}])
with open('lib_csv_tmp.csv') as f:
    dr = csv.DictReader(f)
    print(dr.fieldnames)
    for rec in dr:
        print(rec, rec['label'])
print(list(csv.reader(['a;b;"c;d"', '1; 2;3'], delimiter=';', skipinitialspace=True)))
print(list(csv.reader(['x,"a ""quoted"" word",z', '', 'last'])))
with open('lib_csv_tmp.csv', 'w') as f:
    w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator='\n')
    w.writerow([1, 'two', 3.0])
    w2 = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
    w2.writerow([1, 'two', 3.0, True])
with open('lib_csv_tmp.csv') as f:
    print(repr(f.read()))
print(list(csv.reader(['1,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC)), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.list_dialects())
try:
    with open('lib_csv_tmp.csv', 'w') as f:
        csv.DictWriter(f, ['a']).writerow({'a': 1, 'b': 2})
except ValueError as e:
    print('ValueError', e)
os.remove('lib_csv_tmp.csv')

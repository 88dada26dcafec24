import time
t = (2024, 3, 5, 14, 7, 9, 1, 65, 0)
print(time.strftime('%Y-%m-%d %H:%M:%S', t), time.strftime('%a %A %b %B %j %p %I %y %%', t), time.strftime('%c|%x|%X|%D', t), time.asctime(t))
g = time.gmtime(0)
print(g, g.tm_year, g[0], time.gmtime(1700000000), time.strftime('%d/%m/%Y', time.gmtime(86400 * 365)))
lt = time.localtime()
print(type(lt).__name__, len(lt), isinstance(time.time(), float), time.perf_counter() > 0)

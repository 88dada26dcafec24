# Runs a command on a pseudo-terminal and relays bytes through pipes, so a test that has only
# pipes can drive a program that wants a terminal (the REPL): our stdin goes to the terminal's
# input, the terminal's output comes out on our stdout. Exits with the command's status
# (128 + signal number when a signal ended it, as a shell reports it).
# Usage: python3 pty-bridge.py COLUMNS CMD [ARGS...]
import fcntl, os, pty, select, signal, struct, sys, termios

cols = int(sys.argv[1])
pid, master = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])

fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack('HHHH', 24, cols, 0, 0))
stdin_open = True
while True:
    fds = [master] + ([0] if stdin_open else [])
    ready, _, _ = select.select(fds, [], [], 0.05)
    if 0 in ready:
        data = os.read(0, 4096)
        if data:
            os.write(master, data)
        else:
            stdin_open = False
    if master in ready:
        try:
            data = os.read(master, 4096)
        except OSError:
            data = b''
        if not data:
            break
        os.write(1, data)
_, status = os.waitpid(pid, 0)
sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))

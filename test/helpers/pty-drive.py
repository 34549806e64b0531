"""Runs a command in a pseudo-terminal and answers its prompts: pairs of (expected text, reply).
A reply of "^C" sends Ctrl-C. Prints everything the command wrote; exits with its exit code."""
import json, os, pty, select, sys, time

script = json.loads(sys.argv[1])
cmd = sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(cmd[0], cmd)

seen = b''
def read_until(text, timeout=20.0):
    global seen
    end = time.time() + timeout
    while text.encode() not in seen:
        if time.time() > end:
            sys.stdout.write(seen.decode('utf8', 'replace'))
            sys.exit(98)
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break

for expected, reply in script:
    read_until(expected)
    seen = seen[seen.index(expected.encode()) + len(expected):]
    time.sleep(0.05)
    os.write(fd, b'\x03' if reply == '^C' else reply.encode() + b'\r')

rest = b''
while True:
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    rest += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.write((seen + rest).decode('utf8', 'replace'))
sys.exit(os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else 97)

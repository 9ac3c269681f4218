"""rewrap.py FILE START END: rewrap the lines from the first holding START to the next holding END (a
paragraph or list item that draws_docs.py lengthened) to 104 columns, keeping the first line's indent."""
import sys
import textwrap

path, start, end = sys.argv[1:4]
lines = open(path).read().split("\n")
a = next(k for k, line in enumerate(lines) if start in line)
b = next(k for k in range(a, len(lines)) if end in lines[k])
indent = lines[a][:len(lines[a]) - len(lines[a].lstrip())]
text = " ".join(line.strip() for line in lines[a:b + 1])
lines[a:b + 1] = textwrap.fill(text, width=104, initial_indent=indent, subsequent_indent=indent,
                               break_on_hyphens=False, break_long_words=False).split("\n")
open(path, "w").write("\n".join(lines))
print(f"{path}: lines {a + 1}-{b + 1} rewrapped")

#!/usr/bin/env bash
# Writes the fuzzer's seed corpus into the folder given (default .build-fuzz/seeds), from Content/:
# - for each page, a small toolkit: Content/index.md, the page's section index and the page, as one
#   input in the fuzzer's format (files separated by lines `@@@ path`); once with its links as
#   written (most lead outside the small toolkit, so the error path is seeded) and once with every
#   link to a .md file turned into a web link (so the toolkit loads and every page is laid out);
# - each whole section the same two ways;
# - a few hand-written inputs: links and anchors between files, a table, nesting, bad YAML.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build-fuzz/seeds}"
mkdir -p "$out"

unlink_md() { sed -E 's/\]\([^)#]*\.md(#[^)]*)?\)/](https:\/\/example.org\/)/g'; }

emit() { # emit PATH... : the files as one fuzz input on stdout
    local first=1 file
    for file in "$@"; do
        if [[ $first == 1 && $file == Content/index.md ]]; then first=0; cat "$file"; echo; continue; fi
        first=0
        echo "@@@ ${file#Content/}"
        cat "$file"
        echo
    done
}

n=0
for section in Content/*/; do
    section=${section%/}
    name=$(basename "$section")
    emit Content/index.md "$section"/*.md > "$out/section-$name-raw"
    emit Content/index.md "$section"/*.md | unlink_md > "$out/section-$name"
    for page in "$section"/*.md; do
        [[ $(basename "$page") == index.md ]] && continue
        n=$((n + 1))
        emit Content/index.md "$section/index.md" "$page" > "$out/page-$n-raw"
        emit Content/index.md "$section/index.md" "$page" | unlink_md > "$out/page-$n"
    done
done

cat > "$out/hand-links" <<'SEED'
---
title: Root
updated: 2026-01-01
---
Lead text with [a link](a/one.md#second).
@@@ a/index.md
---
title: A
order: 1
short: A
summary: the a section
sources: [https://example.org/]
---
@@@ a/one.md
---
title: One
sources:
  - https://example.org/one
---
See [two](two.md) and [back](../index.md) and [here](#second) and <https://example.org>.

## First

- item with **bold** and *italic* and `code` and ~~strike~~
  1. nested [link](two.md#top)
     > quote
     > > nested quote

## Second

| a | b |
|:--|--:|
| [x](two.md) | 22 |
@@@ a/two.md
---
title: Two
---
# Top

Back to [one](one.md#first).

```
code	with tab
```

---
SEED

cat > "$out/hand-problems" <<'SEED'
---
title: [not, a, string]
unknown: 1
---
@@@ a.md
---
- a list
---
@@@ b.md
---
title: "unterminated
---
@@@ c/d.md
---
title: orphan
order: x
sources: {a: b}
---
[gone](nowhere.md) [bad](javascript:alert(1)) [up](../../x.md)
SEED
echo "wrote $(ls "$out" | wc -l) seeds to $out"

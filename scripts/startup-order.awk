# Reads a linker map (lld -Map, names not demangled), then the profiled function names; prints
# the names for --symbol-ordering-file, each after a sort key: 0 for a name alone in a small
# section, 1 for one in a large section, which goes after them.
function hex(text,    value, i) {
    value = 0
    for (i = 1; i <= length(text); i++) value = value * 16 + index("0123456789abcdef", substr(text, i, 1)) - 1
    return value
}
# glibc picks its string functions for the processor at start (valgrind's choice differs from a
# real one), so a profiled variant such as __memmove_avx_unaligned_erms brings its whole family.
function family(name) {
    return match(name, /^__(mem|str|stp|wmem|wcs|raw)[a-z0-9]*_(avx|evex|sse|erms)/) ? substr(name, 1, index(substr(name, 3), "_") + 2) : ""
}
FNR == NR {
    if ($0 ~ /:\(/) { size = hex($3); next }
    if (NF == 5 && $5 !~ /^\./) {
        count[$5]++
        sectionSize[$5] = size
        symbols[++symbolCount] = $5
    }
    next
}
{ profiled[++profiledCount] = $0 }
END {
    for (i = 1; i <= profiledCount; i++) {
        name = profiled[i]
        prefix = family(name)
        if (prefix != "" && !(prefix in expanded)) {
            expanded[prefix] = 1
            for (j = 1; j <= symbolCount; j++) if (index(symbols[j], prefix) == 1) wanted(symbols[j])
        }
        wanted(name)
    }
}
# Names several sections define (local thunks) would pull them all; names in a large section
# (a module compiled as one, such as the standard library's) come after the small ones.
function wanted(name) {
    if (!(name in count) || count[name] > 1 || (name in done)) return
    done[name] = 1
    print (sectionSize[name] >= 65536 ? 1 : 0), name
}

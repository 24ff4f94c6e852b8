#!/usr/bin/env bash
# Every class, struct and enum defined at namespace scope outside an anonymous
# namespace has one name across src/ and include/ (ARCHITECTURE.md, "One name
# per idea"). Two types of one name in one namespace break the One Definition
# Rule: the linker keeps one of their inline destructors and the other type's
# objects are freed with it, which only a sanitizer notices. Run by
# `make format-check`; prints each name defined twice, with its places.
set -euo pipefail
cd "$(dirname "$0")/.."

find src include -name '*.hpp' -o -name '*.cpp' | sort | xargs awk '
  FNR == 1 { depth = 0; anonymous = 0; delete names }
  /^namespace [A-Za-z_:]+ \{/ { names[++depth] = $2; next }
  /^namespace \{/ { names[++depth] = ""; anonymous++; next }
  /^\} \/\/ namespace/ {
    if (names[depth] == "") anonymous--
    depth--
    next
  }
  anonymous == 0 && /^(struct|class|union|enum class|enum) [A-Za-z_][A-Za-z0-9_]*/ && !/;[[:space:]]*$/ {
    line = $0
    sub(/^enum class /, "enum ", line)
    split(line, word, /[ :{]/)
    scope = ""
    for (i = 1; i <= depth; i++) scope = scope names[i] "::"
    print scope word[2] "\t" FILENAME ":" FNR
  }
' | sort | awk -F '\t' '
  $1 == previous { if (!shown) print previous_place; print "  " $2; shown = 1; found = 1; next }
  { previous = $1; previous_place = $1 " is defined more than once:\n  " $2; shown = 0 }
  END { exit found }
'

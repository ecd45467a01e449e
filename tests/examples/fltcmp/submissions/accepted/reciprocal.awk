# awk: %.12g formatting.
NR > 1 { printf "%.12g\n", 1 / $1 }

// A bufio.Scanner over words, with a buffer large enough for any token.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	in := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<20))
	in.Buffer(make([]byte, 1<<20), 1<<20)
	in.Split(bufio.ScanWords)
	in.Scan()
	n, _ := strconv.Atoi(in.Text())
	var balance, lowest int64
	for i := 0; i < n; i++ {
		in.Scan()
		amount, _ := strconv.ParseInt(in.Text(), 10, 64)
		balance += amount
		if balance < lowest {
			lowest = balance
		}
	}
	fmt.Println(balance, lowest)
}

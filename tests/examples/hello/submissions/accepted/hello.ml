(* Prints the line.
   @EXPECTED_RESULTS@: CORRECT
*)
let () = print_endline "Hello World!"

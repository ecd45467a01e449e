let rec loop () =
  match Scanf.scanf " %Ld %Ld" (fun a b -> (a, b)) with
  | a, b ->
      print_endline (Int64.to_string (Int64.abs (Int64.sub a b)));
      loop ()
  | exception (End_of_file | Scanf.Scan_failure _) -> ()

let () = loop ()

main :: IO ()
main = interact $ unlines . map (show . distance . map read . words) . lines
  where
    distance :: [Integer] -> Integer
    distance [a, b] = abs (a - b)
    distance _ = error "expected two numbers"

-- @EXPECTED_RESULTS@: CORRECT
main :: IO ()
main = putStrLn "Hello World!"

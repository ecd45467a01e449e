// Boost.Asio, Asio SSL and Beast compiled once, here (separate compilation): every other
// translation unit includes only their declarations, which keeps builds fast on two cores.
#include <boost/asio/impl/src.hpp>
#include <boost/asio/ssl/impl/src.hpp>
#include <boost/beast/src.hpp>

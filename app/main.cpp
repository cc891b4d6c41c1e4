#include "app/run.hpp"

#include <iostream>

int main(int argc, char** argv) { return scout::app::run(argc, argv, std::cout, std::cerr); }

#include "replay/cli.hpp"

int main(int argc, char** argv) { return scout::replay::run_cli(argc, argv); }

// acu_compile_catalogue INPUT OUTPUT: the build's step that checks data/catalogue.json and
// writes the compiled catalogue the program reads at start (core/compiled). Not installed.

#include "core/commands/CompileCommand.h"

#include <iostream>

int main(int argc, char* argv[])
{
    if (argc != 3) {
        std::cerr << "usage: acu_compile_catalogue INPUT.json OUTPUT\n";
        return 2;
    }
    return acu::runCompileCommand(argv[1], argv[2], std::cerr);
}

// pishkhan-desk: the counter application. Start-up only; DeskStartup parses the command line
// and opens the window or runs a check without one.
#include "DeskStartup.h"

int main(int argc, char* argv[])
{
    return pishkhan::DeskStartup::run(argc, argv);
}

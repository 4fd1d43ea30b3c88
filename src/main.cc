// logveil: removes personal data from log streams. See README.md.
#include "app/main.h"

int main(int argc, char** argv) { return logveil::app::Main(argc, argv); }

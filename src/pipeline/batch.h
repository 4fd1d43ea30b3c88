// Batch: the unit of work for a thread: complete lines cut from the input,
// with a sequence number that fixes their place in the output.
#pragma once

#include <cstdint>
#include <string>

namespace logveil::pipeline {

struct Batch {
  uint64_t seq = 0;
  std::string bytes;      // complete lines (the last may lack a newline at
                          // end of input), or finished output if `scrubbed`
  uint64_t records = 0;   // lines that end in this batch
  bool scrubbed = false;  // the head of a long line, already scrubbed
};

}  // namespace logveil::pipeline

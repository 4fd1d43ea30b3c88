// Brazilian CPF numbers (Cadastro de Pessoas Físicas, the individual
// taxpayer number every resident carries): nine digits and two check digits.
#pragma once

#include <string_view>

namespace logveil::validate {

// Returns true if `cpf` ("DDD.DDD.DDD-DD" or 11 digits) has the two mod-11
// check digits of the Receita Federal and is not one digit repeated
// ("111.111.111-11" passes the check but is never issued).
bool IsValidBrCpf(std::string_view cpf);

}  // namespace logveil::validate

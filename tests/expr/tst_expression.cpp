#include "expr/expression.h"

#include <QtTest/QtTest>

int main() { return 0; }

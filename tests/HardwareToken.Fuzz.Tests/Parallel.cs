using Microsoft.VisualStudio.TestTools.UnitTesting;

// Every test builds its own fakes; running them side by side keeps the project within its CI budget.
[assembly: Parallelize(Workers = 0, Scope = ExecutionScope.MethodLevel)]

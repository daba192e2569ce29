using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace ShopSmart.Modeling.Clv;

/// <summary>
/// Minimises a mean negative log-likelihood over log-parameters (so every parameter stays positive without bounds):
/// BFGS with the analytic gradient, then Nelder-Mead from the best point so far when BFGS throws or stops short.
/// </summary>
internal static class LogSpaceOptimizer
{
    /// <summary>Value and gradient of the objective at a point in log-parameter space.</summary>
    public delegate (double Value, double[] Gradient) Objective(double[] logParameters);

    public static (double[] LogParameters, FitDiagnostics Diagnostics) Minimize(
        string model, Objective objective, double[] start, int customers, OptimizerOptions options)
    {
        var bfgs = RunBfgs(objective, start, options);
        if (bfgs.Point is not null)
        {
            var gradient = MaxAbs(objective(bfgs.Point).Gradient);
            if (gradient < options.ConvergedGradient)
            {
                return (bfgs.Point, Diagnose("BFGS", bfgs.Point, bfgs.Iterations, bfgs.Reason, objective, customers, options));
            }
        }

        var from = bfgs.Point is not null && double.IsFinite(objective(bfgs.Point).Value) ? bfgs.Point : start;
        var simplex = RunNelderMead(model, objective, from, options);
        var reason = $"{simplex.Reason} (BFGS: {bfgs.Reason})";
        return (simplex.Point, Diagnose("Nelder-Mead", simplex.Point, bfgs.Iterations + simplex.Iterations, reason, objective, customers, options));
    }

    private static (double[]? Point, int Iterations, string Reason) RunBfgs(Objective objective, double[] start, OptimizerOptions options)
    {
        var function = ObjectiveFunction.Gradient(v =>
        {
            var (value, gradient) = objective(v.ToArray());
            return (value, Vector<double>.Build.DenseOfArray(gradient));
        });
        var minimizer = new BfgsMinimizer(
            options.GradientTolerance, options.ParameterTolerance, options.FunctionProgressTolerance, options.MaximumIterations);
        try
        {
            var result = minimizer.FindMinimum(function, Vector<double>.Build.DenseOfArray(start));
            return (result.MinimizingPoint.ToArray(), result.Iterations, result.ReasonForExit.ToString());
        }
        catch (OptimizationException e)
        {
            // The line search meets a non-finite value or runs out of iterations: the documented way BFGS fails.
            return (null, 0, $"failed: {e.Message}");
        }
    }

    private static (double[] Point, int Iterations, string Reason) RunNelderMead(
        string model, Objective objective, double[] start, OptimizerOptions options)
    {
        var function = ObjectiveFunction.Value(v =>
        {
            var value = objective(v.ToArray()).Value;
            return double.IsFinite(value) ? value : double.MaxValue;
        });
        var simplex = new NelderMeadSimplex(1e-13, 10 * options.MaximumIterations);
        var perturbation = Vector<double>.Build.Dense(start.Length, 0.5);
        try
        {
            var result = simplex.FindMinimum(function, Vector<double>.Build.DenseOfArray(start), perturbation);
            return (result.MinimizingPoint.ToArray(), result.Iterations, result.ReasonForExit.ToString());
        }
        catch (OptimizationException e)
        {
            throw new ModelFitException($"{model}: neither BFGS nor Nelder-Mead converged from ({string.Join(", ", start)}): {e.Message}", e);
        }
    }

    private static FitDiagnostics Diagnose(
        string method, double[] point, int iterations, string reason, Objective objective, int customers, OptimizerOptions options)
    {
        var (value, gradient) = objective(point);
        var norm = MaxAbs(gradient);
        return new FitDiagnostics(method, norm < options.ConvergedGradient, iterations, -value * customers, reason, norm, customers);
    }

    private static double MaxAbs(double[] values) => values.Length == 0 ? 0 : values.Max(Math.Abs);
}

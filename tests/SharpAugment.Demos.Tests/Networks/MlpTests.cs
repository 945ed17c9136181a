using SharpAugment.Demos.Networks;
using SharpAugment.Randomness;

namespace SharpAugment.Demos.Tests.Networks;

public class MlpTests
{
    private static (float[] X, int[] Y) RandomData(int rows, int inputs, int classes, ulong seed)
    {
        var rng = new Rng(seed);
        var x = new float[rows * inputs];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = (float)rng.Normal();
        }

        var y = new int[rows];
        for (int r = 0; r < rows; r++)
        {
            y[r] = rng.Next(classes);
        }

        return (x, y);
    }

    [Fact]
    public void BackpropagationMatchesCentralFiniteDifferencesForEveryParameter()
    {
        // Three layers of weights, three classes: every code path of the backward pass (output, hidden-to-hidden, input).
        var mlp = new Mlp(3, [5, 4], 3, new Rng(11));
        var (x, y) = RandomData(7, 3, 3, 12);
        var gradient = new float[mlp.Parameters.Length];
        mlp.LossAndGradient(x, y, gradient);
        Assert.Equal((3 + 1) * 5 + (5 + 1) * 4 + (4 + 1) * 3, gradient.Length);

        const float Eps = 3e-3f;
        double worst = 0;
        for (int i = 0; i < gradient.Length; i++)
        {
            float saved = mlp.Parameters[i];
            mlp.Parameters[i] = saved + Eps;
            double up = mlp.Loss(x, y);
            mlp.Parameters[i] = saved - Eps;
            double down = mlp.Loss(x, y);
            mlp.Parameters[i] = saved;
            double numeric = (up - down) / (2 * Eps);
            double error = Math.Abs(numeric - gradient[i]) / (2e-4 + 1e-2 * Math.Abs(numeric));
            worst = Math.Max(worst, error);
            Assert.True(error <= 1, $"parameter {i}: backprop {gradient[i]}, finite difference {numeric}");
        }

        // The gradient is not trivially small (a zero gradient would pass an absolute tolerance alone).
        Assert.True(gradient.Select(Math.Abs).Max() > 0.05f);
    }

    [Fact]
    public void SameSeedGivesTheSameWeightsAndAccuracyAndAnotherSeedDoesNot()
    {
        var (x, y) = RandomData(60, 2, 2, 5);
        Mlp Train(ulong init, ulong shuffle)
        {
            var mlp = new Mlp(2, [16, 16], 2, new Rng(init));
            mlp.Fit(x, y, new MlpFitOptions { Epochs = 20, BatchSize = 16, Seed = shuffle });
            return mlp;
        }

        var a = Train(1, 2);
        var b = Train(1, 2);
        Assert.Equal(a.Parameters, b.Parameters);
        Assert.Equal(a.Accuracy(x, y), b.Accuracy(x, y));
        Assert.NotEqual(a.Parameters, Train(3, 2).Parameters);
        Assert.NotEqual(a.Parameters, Train(1, 4).Parameters);
    }

    [Fact]
    public void ASeparableToySetReachesFullTrainingAccuracy()
    {
        // Two classes split by the line x + 2y = 0.3 with a margin: any working classifier separates them exactly.
        var rng = new Rng(21);
        var x = new List<float>();
        var y = new List<int>();
        while (y.Count < 100)
        {
            double a = rng.Uniform(-1, 1), b = rng.Uniform(-1, 1), side = a + 2 * b - 0.3;
            if (Math.Abs(side) < 0.1)
            {
                continue;
            }

            x.AddRange([(float)a, (float)b]);
            y.Add(side > 0 ? 1 : 0);
        }

        var mlp = new Mlp(2, [8], 2, new Rng(22));
        Assert.InRange(mlp.Accuracy(x.ToArray(), y.ToArray()), 0, 0.95);
        mlp.Fit(x.ToArray(), y.ToArray(), new MlpFitOptions { Epochs = 200, BatchSize = 20, Seed = 23 });
        Assert.Equal(1.0, mlp.Accuracy(x.ToArray(), y.ToArray()));
    }

    [Fact]
    public void ProbabilitiesAreADistributionPerRowAndCloneIsIndependent()
    {
        var mlp = new Mlp(4, [6], 3, new Rng(1));
        var (x, _) = RandomData(1500, 4, 3, 2);   // more rows than one forward chunk
        var p = mlp.PredictProbabilities(x);
        Assert.Equal(1500 * 3, p.Length);
        for (int r = 0; r < 1500; r++)
        {
            Assert.Equal(1.0, p[r * 3] + p[r * 3 + 1] + p[r * 3 + 2], 5);
            Assert.All(p.AsSpan(r * 3, 3).ToArray(), v => Assert.InRange(v, 0f, 1f));
        }

        var copy = mlp.Clone();
        Assert.Equal(mlp.Parameters, copy.Parameters);
        copy.Parameters[0] += 1;
        Assert.NotEqual(mlp.Parameters[0], copy.Parameters[0]);
    }

    [Fact]
    public void AdamsFirstStepMovesEveryParameterByTheLearningRateAgainstItsGradientSign()
    {
        // With zero moments, m_hat / sqrt(v_hat) = g / |g|: the first step is -lr * sign(g) (up to epsilon).
        var adam = new Adam(4, learningRate: 0.05);
        var p = new float[] { 1, 2, 3, 4 };
        adam.Step(p, [0.5f, -2f, 1e-3f, -30f]);
        Assert.Equal(0.95f, p[0], 5);
        Assert.Equal(2.05f, p[1], 5);
        Assert.Equal(2.95f, p[2], 4);
        Assert.Equal(4.05f, p[3], 5);

        // Second step with the same gradient: still one learning rate per step (m and v scale together).
        adam.Step(p, [0.5f, -2f, 1e-3f, -30f]);
        Assert.Equal(0.90f, p[0], 4);
    }

    [Fact]
    public void BadInputIsRefusedWithAMessage()
    {
        var mlp = new Mlp(2, [3], 2, new Rng(1));
        Assert.Contains("whole number of rows", Assert.Throws<ArgumentException>(() => mlp.PredictProbabilities(new float[5])).Message);
        Assert.Contains("labels", Assert.Throws<ArgumentOutOfRangeException>(() => mlp.Fit(new float[4], [0, 2], new MlpFitOptions())).Message);
        Assert.Contains("2 rows but 1 labels", Assert.Throws<ArgumentException>(() => mlp.Loss(new float[4], [0])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Mlp(2, [0], 2, new Rng(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Adam(3, learningRate: 0));
    }
}

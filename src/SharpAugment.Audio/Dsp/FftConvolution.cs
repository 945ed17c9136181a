using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace SharpAugment.Audio.Dsp;

/// <summary>Linear convolution through the FFT (as scipy.signal.fftconvolve), zero-padded to a power of two.</summary>
public static class FftConvolution
{
    /// <summary>The full convolution of <paramref name="signal"/> and <paramref name="kernel"/>, length n + m - 1.</summary>
    public static float[] Convolve(ReadOnlySpan<float> signal, ReadOnlySpan<float> kernel)
    {
        if (signal.IsEmpty || kernel.IsEmpty)
        {
            return [];
        }

        int full = signal.Length + kernel.Length - 1;
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)full);
        var a = new double[size + 2];
        var b = new double[size + 2];
        for (int i = 0; i < signal.Length; i++)
        {
            a[i] = signal[i];
        }

        for (int i = 0; i < kernel.Length; i++)
        {
            b[i] = kernel[i];
        }

        Fourier.ForwardReal(a, size, FourierOptions.NoScaling);
        Fourier.ForwardReal(b, size, FourierOptions.NoScaling);
        for (int k = 0; k <= size / 2; k++)
        {
            var z = new Complex(a[2 * k], a[(2 * k) + 1]) * new Complex(b[2 * k], b[(2 * k) + 1]);
            a[2 * k] = z.Real;
            a[(2 * k) + 1] = z.Imaginary;
        }

        Fourier.InverseReal(a, size, FourierOptions.NoScaling);
        var result = new float[full];
        for (int i = 0; i < full; i++)
        {
            result[i] = (float)(a[i] / size);
        }

        return result;
    }
}

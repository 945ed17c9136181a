using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SharpAugment.Pipelines;

namespace SharpAugment.Playground.Api;

/// <summary>A client error with its HTTP status; the body is <c>{ "error": message }</c>, plus the position of a syntax error.</summary>
public sealed class ApiError : Exception
{
    /// <summary>An error with a status and a message a person can act on.</summary>
    public ApiError(int status, string message, int? position = null)
        : base(message)
    {
        Status = status;
        Position = position;
    }

    /// <summary>An error with the default status 400.</summary>
    public ApiError()
        : this(StatusCodes.Status400BadRequest, "bad request")
    {
    }

    /// <summary>An error with the default status 400.</summary>
    public ApiError(string message)
        : this(StatusCodes.Status400BadRequest, message)
    {
    }

    /// <summary>An error with the default status 400 and its cause.</summary>
    public ApiError(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
    }

    /// <summary>The HTTP status.</summary>
    public int Status { get; }

    /// <summary>Where in the pipeline text a syntax error is (0-based), or null.</summary>
    public int? Position { get; }

    /// <summary>The answer for an exception from parsing, building or running a request; null when it is not the client's fault.</summary>
    public static ApiError? From(Exception e) => e switch
    {
        ApiError a => a,
        PipelineSyntaxException s => new ApiError(StatusCodes.Status400BadRequest, s.Message, s.Position),
        OutputSizeException o => new ApiError(StatusCodes.Status413PayloadTooLarge, o.Message + " (--max-pixels)"),
        TransformParameterException or KeyNotFoundException or FormatException or ArgumentException or InvalidDataException or NotSupportedException
            => new ApiError(StatusCodes.Status400BadRequest, e.Message),
        BadHttpRequestException b => new ApiError(b.StatusCode, b.Message),
        _ => null,
    };

    /// <summary>The JSON answer.</summary>
    public IResult ToResult()
    {
        var body = new JsonObject { ["error"] = Message };
        if (Position is int p)
        {
            body["position"] = p;
        }

        return Results.Json(body, statusCode: Status);
    }
}

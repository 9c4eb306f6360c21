// Bare Kestrel, the same framework and host defaults as the portal and nothing else: no middleware, no logging below
// Warning. GET / answers "ok"; POST /echo reads a JSON body and writes it back (the estimator API's baseline).
using System.Text.Json;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.MapGet("/", () => "ok");
app.MapPost("/echo", (JsonElement body) => Results.Json(body));
await app.RunAsync();

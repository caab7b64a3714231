using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ArmsTransferTracker.Web.Accounts;

/// <summary>
/// Puts one page handler behind a policy (Razor Pages take [Authorize] on the page only): a page anyone may read can
/// have handlers only editors may run. Anonymous users are sent to sign in; signed-in users without the role get 403.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequirePolicyAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;
}

/// <summary>Enforces <see cref="RequirePolicyAttribute"/> before the handler runs, so a refused request changes nothing.</summary>
public sealed class HandlerPolicyFilter(IAuthorizationService authorization) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod?.MethodInfo.GetCustomAttribute<RequirePolicyAttribute>() is { } required)
        {
            var user = context.HttpContext.User;
            if (!(await authorization.AuthorizeAsync(user, required.Policy)).Succeeded)
            {
                context.Result = user.Identity?.IsAuthenticated == true ? new ForbidResult() : new ChallengeResult();
                return;
            }
        }
        await next();
    }
}

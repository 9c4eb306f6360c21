using System.Linq.Expressions;

namespace DirectPayments.Domain.Common;

/// <summary>Joins conditions built from data (one per financial year, say) into one a database provider can translate.</summary>
public static class Predicates
{
    /// <summary>Either condition: one lambda over the same parameter, so the database provider translates it whole.</summary>
    public static Expression<Func<T, bool>> OrElse<T>(this Expression<Func<T, bool>> first, Expression<Func<T, bool>> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var parameter = first.Parameters[0];
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(first.Body, new Rename(second.Parameters[0], parameter).Visit(second.Body)), parameter);
    }

    /// <summary>Both conditions, as one lambda over the same parameter.</summary>
    public static Expression<Func<T, bool>> AndAlso<T>(this Expression<Func<T, bool>> first, Expression<Func<T, bool>> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var parameter = first.Parameters[0];
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(first.Body, new Rename(second.Parameters[0], parameter).Visit(second.Body)), parameter);
    }

    private sealed class Rename(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

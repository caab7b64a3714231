namespace ArmsTransferTracker.Web.Pages;

/// <summary>The message an editor's saved change leaves for the next page, shown once by the layout.</summary>
public static class EditNotice
{
    public const string Key = "EditNotice";
}

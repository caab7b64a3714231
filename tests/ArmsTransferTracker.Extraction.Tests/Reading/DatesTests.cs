using ArmsTransferTracker.Extraction.Reading;

namespace ArmsTransferTracker.Extraction.Tests.Reading;

public class DatesTests
{
    [Theory]
    [InlineData("2024-09-10", 2024, 9, 10)]
    [InlineData("2024-09-10T21:14:00Z", 2024, 9, 10)]
    [InlineData("June 3, 2025", 2025, 6, 3)]
    [InlineData("Sept. 10, 2024", 2024, 9, 10)]
    [InlineData("3 June 2025", 2025, 6, 3)]
    [InlineData("Fri 20 November 2026 06.00 GMT", 2026, 11, 20)]
    [InlineData("Tuesday, June 3, 2025", 2025, 6, 3)]
    [InlineData("02.06.2025 11:20", 2025, 6, 2)]
    [InlineData("19/11/2026 at 18:05", 2026, 11, 19)]
    [InlineData("11/30/2025", 2025, 11, 30)]
    public void Dates_with_a_year_are_read(string text, int year, int month, int day) =>
        Dates.Parse(text).Should().Be(new DateOnly(year, month, day));

    [Theory]
    [InlineData("Feb. 4")]
    [InlineData("Tuesday")]
    [InlineData("last week")]
    [InlineData("February 30, 2024")]
    [InlineData("")]
    public void Dates_without_a_year_or_that_do_not_exist_are_unknown(string text) => Dates.Parse(text).Should().BeNull();

    [Fact]
    public void A_dated_web_address_gives_its_date() =>
        Dates.FromUrl("https://example.com/world/2023/11/02/story/").Should().Be(new DateOnly(2023, 11, 2));

    [Theory]
    [InlineData("Accra, 3 June 2025 — Ghana has bought two patrol boats", "2025-06-03")]
    [InlineData("Broadcast May 3, 2025, 07:40 | Host: Kwame Mensah", "2025-05-03")]
    [InlineData("Filed 12.11.2025, 09:30 GMT", "2025-11-12")]
    [InlineData("In 2025 the navy bought 12 boats", null)]
    public void The_first_full_date_in_a_line_is_found_wherever_it_stands(string line, string? date) =>
        Dates.FirstFullDateIn(line).Should().Be(date is null ? null : DateOnly.Parse(date));
}

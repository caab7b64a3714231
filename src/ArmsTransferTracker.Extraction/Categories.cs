namespace ArmsTransferTracker.Extraction;

/// <summary>The category vocabulary of the evaluation format (shared/eval/FORMAT.md).</summary>
public static class Categories
{
    public const string BallisticMissile = "ballistic missile";
    public const string CruiseMissile = "cruise missile";
    public const string Drone = "drone";
    public const string ArtilleryAmmunition = "artillery ammunition";
    public const string SmallArms = "small arms and ammunition";
    public const string AirDefence = "air defence";
    public const string Aircraft = "aircraft";
    public const string ArmouredVehicle = "armoured vehicle";
    public const string MissileComponents = "missile components";
    public const string OtherWeapons = "other weapons";
    public const string NonLethal = "non-lethal military support";
    public const string Nuclear = "nuclear technology";

    public static IReadOnlyList<string> All { get; } =
    [
        BallisticMissile, CruiseMissile, Drone, ArtilleryAmmunition, SmallArms, AirDefence,
        Aircraft, ArmouredVehicle, MissileComponents, OtherWeapons, NonLethal, Nuclear,
    ];
}

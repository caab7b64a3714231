using System.Runtime.CompilerServices;
namespace ArmsTransferTracker.Syntax.Parsing;

/// <summary>
/// An arc-eager configuration (Nivre 2003): a stack, a buffer (the words from <see cref="Next"/> on), and the arcs made
/// so far. Words are numbered from 1; 0 is the artificial root, which waits at the end of the buffer (Ballesteros and
/// Nivre 2013), so that which word is the root is decided last, when the whole sentence has been seen.
/// Besides heads and labels it keeps what the features read: each word's two outermost children on either side and how
/// many children it has on each side.
/// </summary>
internal sealed class ParserState
{
    public const int NoWord = -1;

    private int[] stack = [];
    private int[] heads = [];
    private int[] labels = [];
    private int[] leftmost = [];
    private int[] secondLeftmost = [];
    private int[] rightmost = [];
    private int[] secondRightmost = [];
    private int[] leftCount = [];
    private int[] rightCount = [];
    private ulong[] leftLabels = [];
    private ulong[] rightLabels = [];

    /// <summary>The number of words (without the root).</summary>
    public int Length { get; private set; }

    public int StackSize { get; private set; }

    /// <summary>The position of the first word of the buffer; at <see cref="Length"/> + 1 only the root is left in it.</summary>
    public int Next { get; private set; }

    /// <summary>The word at the front of the buffer: 0 for the root once every word has left it.</summary>
    public int Front => Next <= Length ? Next : 0;

    public bool RootIsNext => Next > Length;

    public bool IsTerminal => Next > Length && StackSize == 0;

    public void Start(int length)
    {
        if (heads.Length < length + 1) Allocate(length + 1);
        Length = length;
        Next = 1;
        StackSize = 0;
        for (var i = 0; i <= length; i++)
        {
            heads[i] = NoWord;
            labels[i] = NoWord;
            leftmost[i] = secondLeftmost[i] = rightmost[i] = secondRightmost[i] = NoWord;
            leftCount[i] = rightCount[i] = 0;
            leftLabels[i] = rightLabels[i] = 0;
        }
    }

    /// <summary>The word <paramref name="depth"/> places below the top of the stack, or <see cref="NoWord"/>.</summary>
    public int Stack(int depth) => depth < StackSize ? stack[StackSize - 1 - depth] : NoWord;

    /// <summary>The word <paramref name="offset"/> places into the buffer (0 for the root at its end), or <see cref="NoWord"/>.</summary>
    public int Buffer(int offset) => BufferAt(Next, offset, Length);

    /// <summary>The word <paramref name="offset"/> places into the buffer that starts at <paramref name="next"/>.</summary>
    public static int BufferAt(int next, int offset, int length)
    {
        var position = next + offset;
        return position <= length ? position : position == length + 1 ? 0 : NoWord;
    }

    public int Head(int word) => word < 0 ? NoWord : heads[word];

    public int Label(int word) => word < 0 ? NoWord : labels[word];

    public int Leftmost(int word) => word < 0 ? NoWord : leftmost[word];

    public int SecondLeftmost(int word) => word < 0 ? NoWord : secondLeftmost[word];

    public int Rightmost(int word) => word < 0 ? NoWord : rightmost[word];

    public int SecondRightmost(int word) => word < 0 ? NoWord : secondRightmost[word];

    public int LeftCount(int word) => word < 0 ? 0 : leftCount[word];

    public int RightCount(int word) => word < 0 ? 0 : rightCount[word];

    public ulong LeftLabels(int word) => word < 0 ? 0 : leftLabels[word];

    public ulong RightLabels(int word) => word < 0 ? 0 : rightLabels[word];

    public bool IsOnStack(int word)
    {
        for (var i = 0; i < StackSize; i++)
        {
            if (stack[i] == word) return true;
        }
        return false;
    }

    public void Shift() => stack[StackSize++] = Next++;

    public void Reduce() => StackSize--;

    /// <summary>The front of the buffer (a word or the root) becomes the head of the top of the stack, which is popped.</summary>
    public void LeftArc(int label)
    {
        AddArc(Front, stack[StackSize - 1], label);
        StackSize--;
    }

    /// <summary>The top of the stack becomes the head of the first word of the buffer, which is pushed.</summary>
    public void RightArc(int label)
    {
        AddArc(stack[StackSize - 1], Next, label);
        Shift();
    }

    /// <summary>Moves a word from one head to another (repairs after parsing).</summary>
    public void Reattach(int head, int word, int label)
    {
        var old = heads[word];
        if (old != NoWord && old != head)
        {
            // Only the root's extra children are moved, and the root's child lists are never read after parsing.
            if (old != 0) throw new InvalidOperationException("Only children of the root are reattached.");
        }
        AddArc(head, word, label);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddArc(int head, int dependent, int label)
    {
        heads[dependent] = head;
        labels[dependent] = label;
        // The root sits after the last word, so its children are on its left.
        if (head == 0 || dependent < head)
        {
            leftCount[head]++;
            leftLabels[head] |= 1UL << (label & 63);
            if (leftmost[head] == NoWord || dependent < leftmost[head])
            {
                secondLeftmost[head] = leftmost[head];
                leftmost[head] = dependent;
            }
            else if (secondLeftmost[head] == NoWord || dependent < secondLeftmost[head])
            {
                secondLeftmost[head] = dependent;
            }
        }
        else
        {
            rightCount[head]++;
            rightLabels[head] |= 1UL << (label & 63);
            if (rightmost[head] == NoWord || dependent > rightmost[head])
            {
                secondRightmost[head] = rightmost[head];
                rightmost[head] = dependent;
            }
            else if (secondRightmost[head] == NoWord || dependent > secondRightmost[head])
            {
                secondRightmost[head] = dependent;
            }
        }
    }

    private void Allocate(int size)
    {
        size = Math.Max(size, 64);
        stack = new int[size];
        heads = new int[size];
        labels = new int[size];
        leftmost = new int[size];
        secondLeftmost = new int[size];
        rightmost = new int[size];
        secondRightmost = new int[size];
        leftCount = new int[size];
        rightCount = new int[size];
        leftLabels = new ulong[size];
        rightLabels = new ulong[size];
    }
}
